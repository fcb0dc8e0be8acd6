using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BookingWeb.Platform.Data.Configurations;

/// <summary>
/// The overlap rule (no two bookings of one room on the same night unless cancelled or no-show) is an
/// exclusion constraint that EF cannot express; it is raw SQL in the InitialSchema migration.
/// </summary>
internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> booking)
    {
        booking.ToTable("bookings", t =>
        {
            t.HasCheckConstraint("ck_bookings_dates", "check_out > check_in");
            t.HasCheckConstraint("ck_bookings_party", "adults >= 1 AND children >= 0");
            t.HasCheckConstraint("ck_bookings_money", "rate_per_night >= 0 AND amount_paid >= 0");
        });
        booking.ConfigureEntity();
        booking.Property(b => b.ReservationNumber).HasMaxLength(FieldLimits.Bookings.ReservationNumber).IsRequired();
        booking.HasIndex(b => b.ReservationNumber).IsUnique().HasDatabaseName("ux_bookings_reservation_number");
        // Search finds any part of a reservation number ("0124" finds RES-2026-0124): a trigram index serves ILIKE '%…%'.
        booking.HasIndex(b => b.ReservationNumber, "ix_bookings_reservation_number_trgm")
            .HasMethod("gin").HasOperators("gin_trgm_ops");
        booking.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        booking.Property(b => b.PaymentStatus).HasConversion<string>().HasMaxLength(20);
        booking.Property(b => b.RatePerNight).HasPrecision(FieldLimits.MoneyPrecision, FieldLimits.MoneyScale);
        booking.Property(b => b.AmountPaid).HasPrecision(FieldLimits.MoneyPrecision, FieldLimits.MoneyScale);
        booking.Property(b => b.Notes).HasMaxLength(FieldLimits.Bookings.Notes);
        booking.HasOne(b => b.Room).WithMany(r => r.Bookings).HasForeignKey(b => b.RoomId).OnDelete(DeleteBehavior.Restrict);
        booking.HasOne(b => b.Guest).WithMany(g => g.Bookings).HasForeignKey(b => b.GuestId).OnDelete(DeleteBehavior.Restrict);
        booking.HasMany(b => b.Services).WithOne(s => s.Booking).HasForeignKey(s => s.BookingId).OnDelete(DeleteBehavior.Cascade);
        booking.HasMany(b => b.Discounts).WithOne(d => d.Booking).HasForeignKey(d => d.BookingId).OnDelete(DeleteBehavior.Cascade);
        booking.HasMany(b => b.Reminders).WithOne(r => r.Booking).HasForeignKey(r => r.BookingId).OnDelete(DeleteBehavior.Cascade);
        booking.HasIndex(b => new { b.CheckIn, b.CheckOut }).HasDatabaseName("ix_bookings_stay");
        booking.HasIndex(b => b.Status).HasDatabaseName("ix_bookings_status");
        booking.Ignore(b => b.Totals);
        booking.Ignore(b => b.HoldsRoom);
    }
}
