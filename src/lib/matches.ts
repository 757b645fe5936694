// Every match of a global pattern in a text, as String#matchAll gives them.
// matchAll copies the pattern on each call, which cost three times the matching
// itself on the short texts the stages read, hundreds of thousands of times a corpus.

export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  // (as matchAll refuses: exec without the flag would find the first match for ever)
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // (an empty match moves on by one character, as matchAll does)
    if (!m[0]) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
