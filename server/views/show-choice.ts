// A family seat's choice to be shown in the team's overview (its row and column in the meeting): one checkbox, off by default.
import type { Translate, UiStrings } from "../i18n/index.ts";
import { html, type Html } from "./html.ts";

/** The form field of the choice; checked sends `show=1`, unchecked sends nothing (= not shown). */
export const SHOW_FIELD = "show";

/** The fieldset; `text` explains what showing means on this form (the team form or the family's). */
export function showChoice(tr: Translate, checked: boolean, text: keyof UiStrings): Html {
  return html`<fieldset class="show-choice">
<legend>${tr("showLegend")}</legend>
<p class="help" id="show-help">${tr(text)}</p>
<div class="check"><input type="checkbox" id="f-show" name="${SHOW_FIELD}" value="1" aria-describedby="show-help"${checked ? html` checked` : ""}><label for="f-show">${tr("showCheckbox")}</label></div>
</fieldset>
`;
}
