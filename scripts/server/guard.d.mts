import type { IncomingMessage, ServerResponse } from "node:http";

export interface Problem {
  status: number;
  code: string;
  message: string;
  allowed?: string;
}
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}
export declare const ROUTED_METHODS: string[];
export declare function statusText(status: number): string;
export declare function hasValidPercentEncoding(pathname: string): boolean;
export declare function pathOf(target: string | undefined): string;
export declare function refusal(method: string | undefined, target: string | undefined): Problem | null;
export declare function emptyAnswerProblem(status: number, method: string | undefined): Problem;
export declare function clientErrorProblem(error: { code?: string } | undefined): Problem;
export declare function targetInRawRequest(raw: Buffer | undefined): string;
export declare function errorAnswer(target: string | undefined, problem: Problem): Answer;
export declare function rawAnswer(answer: Answer, options?: { withBody?: boolean }): string;
export declare function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: Answer): void;
export declare function fillEmptyErrorBodies(req: IncomingMessage, res: ServerResponse): void;
