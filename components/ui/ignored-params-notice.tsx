import { CLAIM_FILTER_HELP } from "@/lib/filters/claim-filters";

/** Says which search params a page could not read and fell back from. */
export function IgnoredParamsNotice({ ignored, help = CLAIM_FILTER_HELP }: { ignored: string[]; help?: Record<string, string> }) {
  if (ignored.length === 0) return null;
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
      <p className="font-medium">Some of the link’s settings could not be read, so their defaults are used instead:</p>
      <ul className="mt-1 list-disc pl-5">
        {ignored.map((name) => (
          <li key={name}>
            Ignored the parameter <code className="font-mono">{name}</code>
            {help[name] ? ` (expected ${help[name]})` : ""}.
          </li>
        ))}
      </ul>
    </div>
  );
}
