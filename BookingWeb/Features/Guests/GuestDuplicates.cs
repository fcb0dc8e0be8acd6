using BookingWeb.Platform.Data;

namespace BookingWeb.Features.Guests;

/// <summary>
/// When a new guest is likely someone already on file: the same name (ignoring case and spacing) plus the same e-mail
/// (ignoring case) or the same phone (ignoring spaces).
/// </summary>
public static class GuestDuplicates
{
    public static string Name(string? first, string? last) => $"{Words(first)} {Words(last)}";

    public static string? Email(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    public static string? Phone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? null : string.Concat(phone.Where(c => !char.IsWhiteSpace(c)));

    public static bool IsLikely(Guest candidate, Guest existing) =>
        Name(candidate.FirstName, candidate.LastName) == Name(existing.FirstName, existing.LastName)
        && ((Email(candidate.Email) is { } email && email == Email(existing.Email))
            || (Phone(candidate.Phone) is { } phone && phone == Phone(existing.Phone)));

    private static string Words(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
