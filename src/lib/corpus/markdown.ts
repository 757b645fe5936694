// A Markdown article: YAML front matter with the sidecar's fields, then the text.
// Read with remark (remark-parse + remark-frontmatter); the article's text is the
// body's blocks as plain text (emphasis, links and other markup dropped), one
// paragraph per block, separated by blank lines, and claim spans point into it,
// as for an HTML article.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import { toString } from "mdast-util-to-string";
import { ArticleMeta } from "../schema.ts";
import { InputError, zodMessage } from "../errors.ts";
import { parseYaml } from "../yaml-file.ts";

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

export interface ReadMarkdown {
  text: string;
  meta?: ArticleMeta;
}

/** The text of each block (paragraph, heading, list item, quotation's paragraphs, code). */
function blocks(node: MdNode, out: string[]): void {
  for (const child of node.children ?? []) {
    switch (child.type) {
      case "yaml":
      case "html":
      case "thematicBreak":
      case "definition":
        break;
      case "paragraph":
      case "heading":
      case "tableRow": {
        const t = clean(toString(child as never));
        if (t) out.push(t);
        break;
      }
      case "code":
        if (child.value?.trim()) out.push(clean(child.value));
        break;
      default:
        blocks(child, out);
    }
  }
}

export function readMarkdown(file: string, source: string): ReadMarkdown {
  const tree = parser.parse(source) as MdNode;
  let meta: ArticleMeta | undefined;
  const front = tree.children?.[0];
  if (front?.type === "yaml") {
    let data: unknown;
    try {
      data = parseYaml(front.value ?? "");
    } catch (e) {
      throw new InputError(file, `cannot read the front matter's YAML: ${(e as Error).message.split("\n")[0]}`);
    }
    const parsed = ArticleMeta.safeParse(data ?? {});
    if (!parsed.success) throw new InputError(file, `front matter: ${zodMessage(parsed.error)}`);
    meta = parsed.data;
  }
  const out: string[] = [];
  blocks(tree, out);
  if (!out.length) throw new InputError(file, "empty article (no text after the front matter)");
  return { text: out.join("\n\n") + "\n", ...(meta ? { meta } : {}) };
}
