// A record's schema fields, as the schema's parse returns them for a valid
// record (unknown keys left out, in the schema's order), without checking each
// field again. The site's exports project every claim of every build: parsing
// them cost ~85 ms of each rebuild at 1,000 articles. The records were made by
// the extractor and the editors' overrides, both checked against the schemas;
// tests hold that a projection equals the parse (tests/project.test.ts).
import type { z } from "zod";

type Projection = (value: unknown) => unknown;
const same: Projection = (v) => v;

interface Def {
  type: string;
  shape?: Record<string, { def: Def }>;
  innerType?: { def: Def };
  element?: { def: Def };
}

function compile(def: Def): Projection {
  switch (def.type) {
    case "object": {
      const fields = Object.entries(def.shape!).map(([key, s]) => [key, compile(s.def)] as const);
      return (v) => {
        const record = v as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [key, project] of fields) if (key in record) out[key] = project(record[key]);
        return out;
      };
    }
    case "optional":
    case "nullable": {
      const inner = compile(def.innerType!.def);
      return inner === same ? same : (v) => (v == null ? v : inner(v));
    }
    case "array": {
      const element = compile(def.element!.def);
      return element === same ? same : (v) => (v as unknown[]).map(element);
    }
    case "string":
    case "number":
    case "boolean":
    case "enum":
    case "literal":
      return same;
    default:
      // a default, a transform or a union would change or choose what parse returns
      throw new Error(`projector: no projection of a schema of type "${def.type}"`);
  }
}

/** The projection onto `schema`: objects, arrays, optional and nullable fields, and plain values. */
export function projector<S extends z.ZodType>(schema: S): (value: z.output<S>) => z.output<S> {
  return compile((schema as unknown as { def: Def }).def) as (value: z.output<S>) => z.output<S>;
}
