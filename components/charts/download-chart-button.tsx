"use client";

import { useState } from "react";
import { fromWireRows, type WireRows } from "./chart-wire";

type LegendItem = { label: string; color: string };

interface Props {
  /** id of the element that holds the chart's SVG. */
  targetId: string;
  /** File name without extension, e.g. `triangulate-<question id>`. */
  fileBase: string;
  title: string;
  /** The chart's sources and colours, as columns (see chart-wire.ts). */
  legend?: WireRows<LegendItem>;
}

const SVG_NS = "http://www.w3.org/2000/svg";
const SCALE = 2;
const TITLE_HEIGHT = 36;
const LEGEND_HEIGHT = 26;

/** A standalone copy of the chart's SVG: explicit size, namespace and font, since the page's CSS does not travel with it. */
function serializeChart(targetId: string, title: string) {
  const svg = document.getElementById(targetId)?.querySelector<SVGSVGElement>("svg.recharts-surface");
  if (!svg) throw new Error("the chart has not been drawn yet");
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", SVG_NS);
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  const titleEl = document.createElementNS(SVG_NS, "title");
  titleEl.textContent = title;
  const style = document.createElementNS(SVG_NS, "style");
  style.textContent = `text { font-family: ${getComputedStyle(svg).fontFamily}; }`;
  clone.prepend(titleEl, style);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function renderPng(chart: ReturnType<typeof serializeChart>, title: string, legend: LegendItem[]): Promise<Blob> {
  const image = new Image();
  const svgUrl = URL.createObjectURL(new Blob([chart.text], { type: "image/svg+xml;charset=utf-8" }));
  try {
    image.src = svgUrl;
    await image.decode();
  } finally {
    URL.revokeObjectURL(svgUrl);
  }
  const legendHeight = legend.length ? LEGEND_HEIGHT : 0;
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(chart.width * SCALE);
  canvas.height = Math.ceil((chart.height + TITLE_HEIGHT + legendHeight) * SCALE);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw on a canvas");
  ctx.scale(SCALE, SCALE);
  // A transparent background turns black in some image viewers and slides.
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, chart.width, chart.height + TITLE_HEIGHT + legendHeight);
  ctx.fillStyle = "#0f172a";
  ctx.font = "600 16px system-ui, sans-serif";
  ctx.fillText(title, 12, 24, chart.width - 24);
  ctx.drawImage(image, 0, TITLE_HEIGHT, chart.width, chart.height);
  let x = 12;
  ctx.font = "12px system-ui, sans-serif";
  for (const item of legend) {
    const y = TITLE_HEIGHT + chart.height + 8;
    ctx.fillStyle = item.color;
    ctx.fillRect(x, y, 12, 12);
    ctx.fillStyle = "#334155";
    ctx.fillText(item.label, x + 16, y + 11);
    x += 28 + ctx.measureText(item.label).width;
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the image could not be encoded"))), "image/png"));
}

export function DownloadChartButton({ targetId, fileBase, title, legend }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const button = "rounded border border-slate-300 bg-white px-2 py-1 text-sm text-blue-800 hover:bg-slate-100";

  async function download(format: "png" | "svg") {
    setProblem(null);
    try {
      const chart = serializeChart(targetId, title);
      const blob = format === "svg" ? new Blob([chart.text], { type: "image/svg+xml" }) : await renderPng(chart, title, legend ? fromWireRows(legend) : []);
      save(blob, `${fileBase}.${format}`);
    } catch (error) {
      setProblem(`Could not make the image: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={button} onClick={() => download("png")}>Download chart (PNG)</button>
      <button type="button" className={button} onClick={() => download("svg")}>Download SVG</button>
      {problem && <span role="status" className="text-sm text-red-800">{problem}</span>}
    </div>
  );
}
