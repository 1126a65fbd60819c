// @vitest-environment happy-dom
// The one threshold slider of the meeting view and the timeline/downloads switches: value shown and read out, rounded to 0.1.
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ThresholdSlider } from "../../client/components/ThresholdSlider.tsx";
import { ViewSwitches } from "../../client/components/ViewSwitches.tsx";
import { Providers } from "./fixtures.tsx";

afterEach(cleanup);

describe("ThresholdSlider", () => {
  it("shows and reads out the value in the language's number format", () => {
    render(
      <Providers lang="nb">
        <ThresholdSlider value={3.5} onChange={() => {}} testId="t" />
      </Providers>,
    );
    const input = screen.getByTestId("t") as HTMLInputElement;
    expect(input.getAttribute("aria-valuetext")).toBe("3,5");
    expect([input.min, input.max, input.step]).toEqual(["1", "5", "0.1"]);
    // The label names the slider, not the <output> inside it (the first labelable element would win without `for`).
    const label = input.closest("label")!;
    expect(input.id).not.toBe("");
    expect(label.htmlFor).toBe(input.id);
    expect(label.textContent).toContain("Grense for lenke å styrke");
    expect(input.closest("label")!.querySelector("output")!.textContent).toBe("3,5");
    cleanup();
    render(
      <Providers lang="en">
        <ThresholdSlider value={3.5} onChange={() => {}} testId="t" />
      </Providers>,
    );
    expect(screen.getByTestId("t").getAttribute("aria-valuetext")).toBe("3.5");
  });

  it("reports the new value rounded to one decimal", () => {
    const onChange = vi.fn();
    render(
      <Providers>
        <ThresholdSlider value={3.5} onChange={onChange} testId="t" />
      </Providers>,
    );
    fireEvent.input(screen.getByTestId("t"), { target: { value: "2.96" } });
    expect(onChange).toHaveBeenLastCalledWith(3);
    fireEvent.input(screen.getByTestId("t"), { target: { value: "4.24" } });
    expect(onChange).toHaveBeenLastCalledWith(4.2);
  });

  it("is the threshold of the view switches, under the set's name", () => {
    const onChange = vi.fn();
    const value = { by: "role" as const, threshold: 3.5, dimension: "all" };
    render(
      <Providers>
        <ViewSwitches value={value} onChange={onChange} items={[]} name="timeline" />
      </Providers>,
    );
    fireEvent.input(screen.getByTestId("timeline-threshold"), { target: { value: "2.5" } });
    expect(onChange).toHaveBeenLastCalledWith({ ...value, threshold: 2.5 });
  });
});
