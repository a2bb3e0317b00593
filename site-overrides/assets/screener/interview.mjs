// The interview map: which question comes next while Python is still loading.
//
// It knows no law. The build ran checker/ over one answer from every class of answers the rules
// tell apart and wrote down which question follows (tools/build/interview_map.py explains the map);
// this only reads an answer's class and follows the map. Python stays the authority: once it
// is ready, checker.web.step checks every answer, and the page follows it where they differ.
// No DOM here, so that the tests can run it under Node.js against checker/ itself.

const END = -1;
const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const WHOLE_NUMBER = /^-?[0-9]{1,9}$/;

// A real calendar date as [year, month, day], or undefined. Takes "YYYY-MM-DD", or the form's
// parts as typed ({day, month, year}: digits, the year in 4), as checker.web reads them.
export function readDate(value) {
  let parts;
  if (typeof value === "string") {
    const m = ISO_DATE.exec(value);
    if (!m) return undefined;
    parts = [m[1], m[2], m[3]];
  } else if (value && typeof value === "object" && !Array.isArray(value)) {
    const text = (part) => (typeof value[part] === "string" ? value[part].trim() : "");
    parts = [text("year"), text("month"), text("day")];
    if (!/^[0-9]{4}$/.test(parts[0]) || !parts.slice(1).every((p) => /^[0-9]{1,9}$/.test(p))) {
      return undefined;
    }
  } else {
    return undefined;
  }
  const [year, month, day] = parts.map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? [year, month, day] : undefined;
}

// A whole number, or undefined. Takes a number, the text as typed, or the form's {text}.
export function readNumber(value) {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  const text = typeof value === "string" ? value : value?.text;
  if (typeof text !== "string" || !WHOLE_NUMBER.test(text.trim())) return undefined;
  return Number(text.trim());
}

// "not_sure": the code, or the form's box ticked with nothing typed beside it. Undefined: both.
function notSure(value) {
  if (value === "not_sure") return true;
  if (typeof value !== "object" || value?.not_sure !== true) return false;
  const typed = ["day", "month", "year", "text"].some((p) => value[p] && String(value[p]).trim());
  return typed ? undefined : true;
}

const iso = ([y, m, d]) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

// Whole years of age on `day` (checker.rules.age_on).
export function ageOn([by, bm, bd], [dy, dm, dd]) {
  return dy - by - (dm < bm || (dm === bm && dd < bd) ? 1 : 0);
}

// How many of the lines are at or below the value (checker.rules.line_class).
const lineClass = (value, lines) => lines.filter((line) => line <= value).length;

// The class of an answer, as the map's keys name it; undefined when it cannot be read here
// (Python then decides, and says what is wrong).
export function answerClass(map, qid, value, answers) {
  if (value === undefined || value === null) return undefined;
  const lines = map.lines[qid];
  if (lines) {
    const unsure = notSure(value);
    if (unsure !== false) return unsure && "not_sure";
    const [measure, cuts] = lines;
    if (measure === "date") {
      const date = readDate(value);
      return date && String(lineClass(iso(date), cuts));
    }
    if (measure === "age_on_offense_date") {
      const birth = readDate(value);
      const offense = readDate(answers.offense_date);
      return birth && offense && String(lineClass(ageOn(birth, offense), cuts));
    }
    const number = readNumber(value);
    return number === undefined ? undefined : String(lineClass(number, cuts));
  }
  const groups = map.records[qid];
  if (groups) {
    if (!Array.isArray(value) || !value.length) return undefined;
    const index = groups.findIndex(([test, codes]) =>
      test === "any" ? value.some((v) => codes.includes(v)) : value.every((v) => codes.includes(v)),
    );
    return index === -1 ? undefined : String(index);
  }
  return typeof value === "string" ? value : undefined;
}

// Walk the map over the answers, as checker.web.step replays them: each answer is used only when
// its question comes. Returns {next, path, known}: the next question (null when the interview
// is over), the questions answered on the way, and whether the map could read every answer on
// the way (known false: it stopped at `next`, whose answer only Python can read).
export function walk(map, answers) {
  const path = [];
  let node = 0;
  for (let steps = 0; node !== END && steps <= map.nodes.length; steps++) {
    const [qid, following] = map.nodes[node];
    if (!Object.hasOwn(answers, qid)) return { next: qid, path, known: true };
    const key = answerClass(map, qid, answers[qid], answers);
    const child =
      typeof following === "number"
        ? following
        : key !== undefined && (Object.hasOwn(following, key) ? following[key] : following["*"]);
    if (key === undefined || child === undefined) return { next: qid, path, known: false };
    path.push(qid);
    node = child;
  }
  return { next: null, path, known: node === END };
}
