using BookingWeb.Texts;
using Microsoft.AspNetCore.Identity;

namespace BookingWeb.Features.Users;

/// <summary>
/// Identity's refusals of an account's e-mail or password in the reader's language (Texts/UserTexts.resx); the English
/// is Identity's own, word for word. Codes stay Identity's, so callers still tell the errors apart by them.
/// </summary>
public sealed class StaffIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), UserTexts.IdentityDefaultError);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), UserTexts.IdentityConcurrencyFailure);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), UserTexts.IdentityPasswordMismatch);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), UserTexts.IdentityInvalidToken);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), UserTexts.IdentityInvalidUserName, userName);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), UserTexts.IdentityInvalidEmail, email);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), UserTexts.IdentityDuplicateUserName, userName);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), UserTexts.IdentityDuplicateEmail, email);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), UserTexts.IdentityPasswordTooShort, length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), UserTexts.IdentityPasswordRequiresUniqueChars, uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), UserTexts.IdentityPasswordRequiresNonAlphanumeric);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), UserTexts.IdentityPasswordRequiresDigit);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), UserTexts.IdentityPasswordRequiresLower);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), UserTexts.IdentityPasswordRequiresUpper);

    private static IdentityError Error(string code, string text, object? value = null) =>
        new() { Code = code, Description = string.Format(text, value) };
}
