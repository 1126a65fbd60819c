// A UCINET DL reader that follows igraph's DL grammar (src/io/dl-lexer.l and dl-parser.y): tokens, states, productions.

type Tok = "NEWLINE" | "DL" | "NEQ" | "NUM" | "DATA" | "LABELS" | "LABELSEMBEDDED" | "FORMATFULLMATRIX" | "FORMATEDGELIST1" | "FORMATNODELIST1" | "DIGIT" | "LABEL" | "EOFF" | "ERROR";
interface Token { type: Tok; text: string; line: number }
type State = "INITIAL" | "LABELM" | "FULLMATRIX" | "EDGELIST" | "NODELIST";

const WS = "[ \\t\\v\\f]";
/** The lexer's rules in file order: [states, pattern, token or null to skip, action]. Keywords are caseless. */
const RULES: [State[] | "*", RegExp, Tok | null, ((lx: Lexer) => void)?][] = [
  ["*", /\n\r|\r\n|\r|\n/y, "NEWLINE"],
  [["INITIAL"], new RegExp(`dl${WS}+`, "iy"), "DL"],
  [["INITIAL"], new RegExp(`n${WS}*=${WS}*`, "iy"), "NEQ"],
  [["INITIAL"], /[0-9]+/y, "NUM"],
  [["INITIAL", "LABELM"], /data:/iy, "DATA", (lx) => (lx.state = (["FULLMATRIX", "EDGELIST", "NODELIST"] as const)[lx.mode])],
  [["INITIAL"], /labels:/iy, "LABELS", (lx) => (lx.state = "LABELM")],
  [["INITIAL", "LABELM"], new RegExp(`labels${WS}+embedded:?${WS}*`, "iy"), "LABELSEMBEDDED"],
  [["INITIAL"], new RegExp(`format${WS}*=${WS}*fullmatrix${WS}*`, "iy"), "FORMATFULLMATRIX", (lx) => (lx.mode = 0)],
  [["INITIAL"], new RegExp(`format${WS}*=${WS}*edgelist1${WS}*`, "iy"), "FORMATEDGELIST1", (lx) => (lx.mode = 1)],
  [["INITIAL"], new RegExp(`format${WS}*=${WS}*nodelist1${WS}*`, "iy"), "FORMATNODELIST1", (lx) => (lx.mode = 2)],
  [["LABELM"], /[, ]/y, null],
  [["LABELM"], new RegExp(`[^, \\t\\n\\r\\f\\v\\0]+${WS}*`, "y"), "LABEL"],
  [["FULLMATRIX"], new RegExp(`[0-9]${WS}*`, "y"), "DIGIT"],
  [["FULLMATRIX"], /[^ \t\n\r\v\f\0,]+/y, "LABEL"],
  [["FULLMATRIX"], new RegExp(WS, "y"), null],
  [["EDGELIST"], /[+-]?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/y, "NUM"],
  [["EDGELIST"], /[^ \t\n\r\v\f\0,]+/y, "LABEL"],
  [["EDGELIST"], new RegExp(`${WS}*`, "y"), null],
  [["NODELIST"], /[0-9]+/y, "NUM"],
  [["NODELIST"], /[^ \t\r\n\v\f\0,]+/y, "LABEL"],
  [["NODELIST"], new RegExp(`${WS}*`, "y"), null],
  [["INITIAL"], new RegExp(`${WS}+`, "y"), null],
];

class Lexer {
  state: State = "INITIAL";
  mode = 0;
  private pos = 0;
  private line = 1;
  private eof = false;
  constructor(private readonly text: string) {}

  /** The next token as flex would give it: the longest match, the earliest rule on a tie. */
  next(): Token {
    for (;;) {
      if (this.pos >= this.text.length) {
        if (this.eof) return { type: "ERROR", text: "", line: this.line };
        this.eof = true;
        this.state = "INITIAL";
        return { type: "EOFF", text: "", line: this.line };
      }
      let best: { rule: (typeof RULES)[number]; text: string } | undefined;
      for (const rule of RULES) {
        if (rule[0] !== "*" && !rule[0].includes(this.state)) continue;
        rule[1].lastIndex = this.pos;
        const m = rule[1].exec(this.text);
        if (m && m[0].length > 0 && (!best || m[0].length > best.text.length)) best = { rule, text: m[0] };
      }
      // `<*>. { return 0; }`: any other character ends the token stream (a syntax error unless the parse is done).
      if (!best) return { type: "ERROR", text: this.text[this.pos], line: this.line };
      const line = this.line;
      this.pos += best.text.length;
      if (best.rule[2] === "NEWLINE") this.line++;
      best.rule[3]?.(this);
      if (best.rule[2] !== null) return { type: best.rule[2], text: best.text, line };
    }
  }
}

export interface DlGraph {
  n: number;
  /** Vertex names in vertex order (igraph's `name` attribute). */
  names: string[];
  /** Edges as [from, to, weight or NaN], 0-based. */
  edges: [number, number, number][];
}

/** Reads DL text as igraph does; throws `… in line N` where igraph's parser stops. */
export function readDlLikeIgraph(text: string): DlGraph {
  const lx = new Lexer(text);
  const toks: Token[] = [];
  // ERROR is flex's `return 0`: the end of the token stream, at the end of the text or at a stray character.
  for (let t = lx.next(); ; t = lx.next()) {
    toks.push(t);
    if (t.type === "ERROR") break;
  }
  let i = 0;
  const peek = (k = 0) => toks[i + k];
  const fail = (): never => { throw new Error(`syntax error, unexpected ${peek().type} "${peek().text}" in line ${peek().line}`); };
  const take = (type: Tok) => (peek().type === type ? toks[i++] : fail());
  const optNewline = () => void (peek().type === "NEWLINE" && i++);
  const labels: string[] = [];
  const trie = new Map<string, number>();
  const edges: [number, number, number][] = [];
  const vertex = (name: string) => {
    if (labels.length > 0) for (const l of labels.splice(0)) if (!trie.has(l)) trie.set(l, trie.size);
    if (!trie.has(name)) trie.set(name, trie.size);
    return trie.get(name)!;
  };
  const labelList = () => {
    while (peek().type === "LABEL" || (peek().type === "NEWLINE" && peek(1).type === "LABEL")) {
      optNewline();
      labels.push(take("LABEL").text);
    }
  };
  const number = (t: Token) => Number(t.text);
  const edgeLines = (labelled: boolean) => {
    while (peek().type === (labelled ? "LABEL" : "NUM")) {
      const a = take(labelled ? "LABEL" : "NUM");
      const b = take(labelled ? "LABEL" : "NUM");
      const w = peek().type === "NUM" ? number(take("NUM")) : NaN;
      take("NEWLINE");
      edges.push(labelled ? [vertex(a.text), vertex(b.text), w] : [number(a) - 1, number(b) - 1, w]);
    }
  };
  const matrixRow = (from: number) => {
    let to = 0;
    while (peek().type === "DIGIT") {
      const c = take("DIGIT").text[0];
      if (c === "1") edges.push([from, to, NaN]);
      else if (c !== "0") throw new Error(`Unexpected digit '${c}' in adjacency matrix in DL file, line ${toks[i - 1].line}`);
      to++;
    }
    take("NEWLINE");
  };

  take("DL");
  take("NEQ");
  const n = number(take("NUM"));
  take("NEWLINE");
  if (peek().type === "FORMATEDGELIST1") {
    take("FORMATEDGELIST1");
    optNewline();
    const head = [peek().type, peek(1).type].join(" ");
    if (peek().type === "DATA") {
      take("DATA"); optNewline(); edgeLines(false);
    } else if (peek().type === "LABELS") {
      take("LABELS"); optNewline(); labelList(); optNewline();
      if (peek().type === "LABELSEMBEDDED") {
        take("LABELSEMBEDDED"); optNewline(); take("DATA"); optNewline(); edgeLines(true);
      } else {
        take("DATA"); optNewline(); edgeLines(false);
      }
    } else if (peek().type === "LABELSEMBEDDED") {
      take("LABELSEMBEDDED"); optNewline();
      if (peek().type === "LABELS") {
        take("LABELS"); optNewline(); labelList(); optNewline();
      }
      take("DATA"); optNewline(); edgeLines(true);
    } else throw new Error(`syntax error (${head}) in line ${peek().line}`);
  } else if (peek().type === "FORMATNODELIST1") {
    throw new Error("nodelist1 is not read by this test reader");
  } else {
    if (peek().type === "FORMATFULLMATRIX") { take("FORMATFULLMATRIX"); optNewline(); }
    if (peek().type === "DATA") {
      take("DATA"); optNewline();
      for (let from = 0; peek().type === "DIGIT" || peek().type === "NEWLINE"; from++) matrixRow(from);
    } else if (peek().type === "LABELS") {
      take("LABELS"); optNewline(); labelList(); optNewline(); take("DATA"); optNewline();
      for (let from = 0; peek().type === "DIGIT" || peek().type === "NEWLINE"; from++) matrixRow(from);
    } else {
      take("LABELSEMBEDDED"); optNewline(); take("DATA"); optNewline();
      // The column labels (a label directly followed by a digit starts the first matrix row instead).
      while (peek().type === "LABEL" && peek(1).type !== "DIGIT") { labels.push(take("LABEL").text); optNewline(); }
      for (let from = 0; peek().type === "LABEL"; from++) { take("LABEL"); matrixRow(from); }
    }
  }
  while (peek().type === "NEWLINE") i++;
  if (peek().type === "EOFF") i++;
  // Like bison, accept once the input is complete and the stream has ended.
  if (peek().type !== "ERROR") fail();
  const names = labels.length > 0 ? labels : [...trie.keys()];
  const maxId = edges.reduce((m, [a, b]) => Math.max(m, a, b), -1);
  return { n: Math.max(n, maxId + 1), names, edges };
}
