// The weak-link threshold as a slider from 1 to 5 in steps of 0.1, its value shown and read out in the UI's number format.
import { useId } from "preact/hooks";
import { useI18n } from "../i18n/index.ts";

interface Props {
  value: number;
  /** The new threshold, rounded to one decimal. */
  onChange: (threshold: number) => void;
  testId: string;
}

export function ThresholdSlider({ value, onChange, testId }: Props) {
  const { t, num } = useI18n();
  // `for` names the slider as the label's control (otherwise it would be the <output>, the first labelable element inside).
  const id = useId();
  return (
    <label class="control" for={id}>
      <span>
        {t("threshold")}: <output>{num(value)}</output>
      </span>
      <input
        id={id}
        type="range"
        min={1}
        max={5}
        step={0.1}
        value={value}
        aria-valuetext={num(value)}
        data-testid={testId}
        onInput={(e) => onChange(Math.round(Number(e.currentTarget.value) * 10) / 10)}
      />
    </label>
  );
}
