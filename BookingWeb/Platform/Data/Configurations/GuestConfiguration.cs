using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BookingWeb.Platform.Data.Configurations;

internal sealed class GuestConfiguration : IEntityTypeConfiguration<Guest>
{
    public void Configure(EntityTypeBuilder<Guest> guest)
    {
        guest.ToTable("guests");
        guest.ConfigureEntity();
        guest.Property(g => g.FirstName).HasMaxLength(FieldLimits.Guests.FirstName).IsRequired();
        guest.Property(g => g.LastName).HasMaxLength(FieldLimits.Guests.LastName).IsRequired();
        guest.Property(g => g.Email).HasMaxLength(FieldLimits.Guests.Email);
        guest.Property(g => g.Phone).HasMaxLength(FieldLimits.Guests.Phone);
        guest.Property(g => g.Street).HasMaxLength(FieldLimits.Guests.Street);
        guest.Property(g => g.PostalCode).HasMaxLength(FieldLimits.Guests.PostalCode);
        guest.Property(g => g.City).HasMaxLength(FieldLimits.Guests.City);
        guest.Property(g => g.Country).HasMaxLength(FieldLimits.Guests.Country);
        guest.Property(g => g.Notes).HasMaxLength(FieldLimits.Guests.Notes);
        guest.HasIndex(g => new { g.LastName, g.FirstName }).HasDatabaseName("ix_guests_name");
        guest.HasIndex(g => g.Email).HasDatabaseName("ix_guests_email");
        // Search matches any part of the folded names, e-mail and phone: a trigram index on that expression
        // (ix_guests_search_trgm, migration FoldedSearch; EF cannot express an index on a function) serves it.
        guest.Ignore(g => g.FullName);
    }
}
