// Entry point: mounts the workspace.
import { render } from "preact";
import { App } from "./app.tsx";
import "./styles/base.css";
import "./styles/meeting.css";
import "./styles/print.css";
import "./styles/mail.css";
import "./styles/follow-up.css";
import "./styles/account.css";

render(<App />, document.getElementById("app")!);
