using BookingWeb.Texts;

namespace BookingWeb.Shared;

/// <summary>
/// What staff read when something failed, in the page's language (Texts/FailureTexts.resx). An action's
/// sentence is "{what was not done}: {why}. {what to do}", e.g. "Not saved: the database can't be reached. Your changes
/// are still here — try again."
/// </summary>
public static class FailureSentences
{
    public static string DatabaseUnreachable => FailureTexts.DatabaseUnreachable;
    public static string DatabaseBusy => FailureTexts.DatabaseBusy;

    public static string Unexpected(string reference) => string.Format(FailureTexts.Unexpected, reference);

    /// <summary>
    /// "Not saved", "Not deleted": the failed action, and what the person can do now (read in the page's language);
    /// <see cref="Logged"/> names it in the log, which is English for the operator.
    /// </summary>
    public sealed record Action(string Logged, Func<string> NotDone, Func<string> WhatNow)
    {
        public string Sentence(string why) => string.Format(FailureTexts.ActionSentence, NotDone(), why, WhatNow());
    }

    public static readonly Action NotSaved = new("Not saved", () => FailureTexts.NotSaved, () => FailureTexts.NotSavedWhatNow);
    public static readonly Action NotDeleted = new("Not deleted", () => FailureTexts.NotDeleted, () => FailureTexts.NotDeletedWhatNow);
    public static readonly Action NotCancelled = new("Not cancelled", () => FailureTexts.NotCancelled, () => FailureTexts.NotSavedWhatNow);
    public static readonly Action NotLookedUp = new("Not looked up", () => FailureTexts.NotLookedUp, () => FailureTexts.NotLookedUpWhatNow);
    public static readonly Action NotExported = new("Not exported", () => FailureTexts.NotExported, () => FailureTexts.NotExportedWhatNow);

    public static string PageFailedTitle => FailureTexts.PageFailedTitle;

    public static string PageFailed(string reference) => string.Format(FailureTexts.PageFailed, reference);

    public static string TryAgain => FailureTexts.TryAgain;
    public static string ReloadPage => FailureTexts.ReloadPage;

    public static string CircuitFailed => FailureTexts.CircuitFailed;

    public static string DatabaseUnavailableTitle => FailureTexts.DatabaseUnavailableTitle;

    public static string DatabaseUnavailableText => FailureTexts.DatabaseUnavailableText;
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
