namespace BookingWeb.Shared;

/// <summary>
/// What staff read when something failed: the words in one place (for the German translation to come). An action's
/// sentence is "{what was not done}: {why}. {what to do}", e.g. "Not saved: the database can't be reached. Your changes
/// are still here — try again."
/// </summary>
public static class FailureSentences
{
    public const string DatabaseUnreachable = "the database can't be reached";
    public const string DatabaseBusy = "the database is too busy right now (too many connections)";

    public static string Unexpected(string reference) => $"something went wrong (reference {reference})";

    /// <summary>"Not saved", "Not deleted": the failed action, and what the person can do now.</summary>
    public sealed record Action(string NotDone, string WhatNow)
    {
        public string Sentence(string why) => $"{NotDone}: {why}. {WhatNow}";
    }

    public static readonly Action NotSaved = new("Not saved", "Your changes are still here — try again.");
    public static readonly Action NotDeleted = new("Not deleted", "Nothing was removed — try again.");
    public static readonly Action NotCancelled = new("Not cancelled", "Your changes are still here — try again.");
    public static readonly Action NotLookedUp = new("Could not look this up", "What you typed is still here — try again in a moment.");

    public const string PageFailedTitle = "Something went wrong";

    public static string PageFailed(string reference) =>
        $"Something went wrong (reference {reference}). This part of the page stopped; what was saved before is safe.";

    public const string TryAgain = "Try again";
    public const string ReloadPage = "Reload the page";

    public const string CircuitFailed = "BookingWeb stopped on this page because of an error. Anything not saved yet is lost.";

    public const string DatabaseUnavailableTitle = "Database unavailable — retrying";

    public const string DatabaseUnavailableText =
        "BookingWeb can't reach its database right now. This page tries again by itself every few seconds; nothing you saved is lost.";
}

/// <summary>A short id staff can read out, written into the log with the exception it stands for.</summary>
public static class ErrorReference
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => string.Create(8, 0, (chars, _) =>
    {
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(Alphabet.Length)];
    });
}
