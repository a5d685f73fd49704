import { expect, test } from "@playwright/test";
import { createTestAccount, runUserCommand, signIn } from "./helpers/accounts";

test.describe("accounts", () => {
  test("reading needs no account, and the header offers to sign in", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Accounts" })).toHaveCount(0);
  });

  test("signs in, shows who is signed in, and signs out", async ({ page }) => {
    const analyst = createTestAccount("analyst");
    await signIn(page, analyst, "/claims");
    await expect(page).toHaveURL(/\/claims$/);
    await expect(page.getByRole("banner")).toContainText("analyst");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("a wrong password is refused in words, and repeated failures are slowed", async ({ page }) => {
    const viewer = createTestAccount("viewer");
    await page.goto("/sign-in");
    for (let attempt = 1; attempt <= 3; attempt++) {
      await page.getByLabel("E-mail").fill(viewer.email);
      await page.getByLabel("Password").fill("not-the-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("That e-mail address and password do not match an account.");
    }
    // The fourth attempt waits, even with the right password.
    await page.getByLabel("E-mail").fill(viewer.email);
    await page.getByLabel("Password").fill(viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-ins for this address: try again in");
  });

  test("an admin adds an account in the browser, changes its role and removes it", async ({ page }) => {
    const admin = createTestAccount("admin");
    await signIn(page, admin, "/admin/users");
    await expect(page.getByRole("heading", { name: "Accounts", level: 1 })).toBeVisible();
    const email = `new-${Date.now()}@example.org`;
    const form = page.getByRole("form", { name: "Add an account" });
    await form.getByLabel("E-mail").fill(email);
    await form.getByLabel("Role").selectOption("analyst");
    await form.getByRole("button", { name: "Add" }).click();
    await expect(form.getByRole("status")).toContainText(`Added ${email} (analyst).`);
    await expect(form.getByRole("status")).toContainText("One-time password (shown once)");

    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("analyst");
    await row.getByLabel(`Role of ${email}`).selectOption("viewer");
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(row.getByRole("status")).toContainText(`${email} is now a viewer.`);
    expect(runUserCommand(["list"]).stdout).toContain(`${email}\tviewer`);

    page.once("dialog", (dialog) => dialog.accept());
    await row.getByRole("button", { name: `Remove ${email}` }).click();
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
    expect(runUserCommand(["list"]).stdout).not.toContain(email);
  });

  test("the accounts page and its actions refuse a signed-out visitor and a viewer", async ({ page, request }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers&need=admin$/);
    await expect(page.getByText("That page needs an account with the admin role.")).toBeVisible();

    const viewer = createTestAccount("viewer");
    await signIn(page, viewer, "/admin/users");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers&need=admin$/);
    await expect(page.getByText(`you are signed in as ${viewer.email}, a viewer`)).toBeVisible();

    // Better Auth's own admin and sign-up routes are not there for anyone to call.
    const signUp = await request.post("/api/auth/sign-up/email", { data: { email: "x@example.org", password: "0123456789ab", name: "x" } });
    expect(signUp.ok()).toBe(false);
  });

  test("a sign-in posted from another site is refused", async ({ request }) => {
    const viewer = createTestAccount("viewer");
    const forged = await request.post("/api/auth/sign-in/email", { headers: { Origin: "https://evil.example" }, data: { email: viewer.email, password: viewer.password } });
    expect(forged.status()).toBe(403);
    const own = await request.post("/api/auth/sign-in/email", { data: { email: viewer.email, password: viewer.password } });
    expect(own.status()).toBe(200);
  });
});
