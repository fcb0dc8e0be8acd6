namespace BookingWeb.Platform.Data;

/// <summary>
/// What search compares, folded the way staff type it (migration FoldedSearch): <c>muller</c>, <c>müller</c> and
/// <c>mueller</c> are one word (unaccented, lower case, ae/oe/ue as a/o/u, ß as ss), and a guest's phone number is also
/// searched as its digits alone (<c>230493</c> finds <c>+34 631 230 493</c>). Both sides go through the same PostgreSQL
/// functions; a trigram index on the guest's folded text serves <c>ILIKE '%word%'</c>. Only callable in queries.
/// </summary>
public static class SearchText
{
    /// <summary>bookingweb_fold(text): the folded form of a word or pattern.</summary>
    public static string Fold(string text) => throw new InvalidOperationException("Only PostgreSQL folds search text.");

    /// <summary>bookingweb_guest_search(…): a guest's names, e-mail, phone and the phone's digits, folded.</summary>
    public static string OfGuest(string firstName, string lastName, string? email, string? phone) =>
        throw new InvalidOperationException("Only PostgreSQL folds search text.");
}
