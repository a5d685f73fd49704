import { toNextJsHandler } from "better-auth/next-js";
import { asApiError } from "@/app/api/_lib/auth-errors";
import { auth } from "@/auth/server";

const library = toNextJsHandler(auth);

export async function GET(request: Request) {
  return asApiError(await library.GET(request));
}

export async function POST(request: Request) {
  return asApiError(await library.POST(request));
}
