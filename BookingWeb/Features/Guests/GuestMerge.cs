namespace BookingWeb.Features.Guests;

/// <summary>What the merge dialog asks about: the guest kept, the duplicate merged into them, and how many bookings move.</summary>
public sealed record GuestMergePlan(int KeepId, string KeepName, int OtherId, string OtherName, int Bookings);

/// <summary>How a merge ended: <see cref="Merged"/>, or the sentence saying why nothing changed.</summary>
public sealed record GuestMergeResult(bool Merged, string Message);
