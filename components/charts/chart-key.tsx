/** What the marks of the range chart mean; drawn in plain HTML so it needs no colour to be read. */
export function RangeChartKey({ hasConsensus }: { hasConsensus: boolean }) {
  const item = "flex items-center gap-1.5";
  return (
    <ul aria-label="How to read the chart" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
      <li className={item}><svg aria-hidden width="14" height="14"><circle cx="7" cy="7" r="5" fill="#334155" /></svg>stated figure</li>
      <li className={item}><svg aria-hidden width="14" height="14"><circle cx="7" cy="7" r="5" fill="#fff" stroke="#334155" strokeWidth="2" /></svg>middle of a range</li>
      <li className={item}><svg aria-hidden width="22" height="14"><rect x="1" y="3" width="20" height="8" fill="#334155" fillOpacity="0.28" stroke="#334155" /></svg>range low–high</li>
      <li className={item}><svg aria-hidden width="22" height="14"><rect x="1" y="3" width="16" height="8" fill="#334155" fillOpacity="0.28" /><path d="M15,2 L20,7 L15,12" fill="none" stroke="#334155" strokeWidth="2" /></svg>at least (open-ended)</li>
      <li className={item}><svg aria-hidden width="22" height="14"><rect x="1" y="2" width="20" height="10" rx="2" fill="none" stroke="#334155" strokeDasharray="3 2" /></svg>denies</li>
      {hasConsensus && <li className={item}><svg aria-hidden width="22" height="14"><rect x="1" y="1" width="20" height="12" fill="#cbd5e1" /></svg>consensus range</li>}
    </ul>
  );
}
