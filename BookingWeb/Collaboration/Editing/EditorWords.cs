namespace BookingWeb.Collaboration.Editing;

/// <summary>
/// What a record editor says about its record, in the page's language: each is its own sentence (German nouns have
/// genders: "Neuer Gast", "Neues Zimmer"), so no sentence is built from a noun. <see cref="Saved"/> and
/// <see cref="Deleted"/> take the record's name as {0}.
/// </summary>
/// <param name="Title">"Guest": the form tab's title and the heading before the record has a name.</param>
/// <param name="New">"New guest".</param>
/// <param name="NotFound">"Guest not found".</param>
/// <param name="BackToList">"Back to guests".</param>
/// <param name="Loading">"Loading guest" (the spinner's name).</param>
/// <param name="DeleteTitle">"Delete guest" (the question's title).</param>
/// <param name="Keep">"Keep guest" (the question's No).</param>
/// <param name="Saved">"Guest saved: {0}".</param>
/// <param name="Deleted">"Guest deleted: {0}".</param>
public sealed record EditorWords(
    string Title, string New, string NotFound, string BackToList, string Loading, string DeleteTitle, string Keep, string Saved, string Deleted);
