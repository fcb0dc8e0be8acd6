using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BookingWeb.Data.Configurations;

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> room)
    {
        room.ToTable("rooms", t =>
        {
            t.HasCheckConstraint("ck_rooms_capacity", "max_adults >= 1 AND max_children >= 0");
            t.HasCheckConstraint("ck_rooms_base_rate", "base_rate >= 0");
        });
        room.ConfigureEntity();
        room.Property(r => r.Number).HasMaxLength(20).IsRequired();
        room.HasIndex(r => r.Number).IsUnique().HasDatabaseName("ux_rooms_number");
        room.Property(r => r.Name).HasMaxLength(100);
        room.Property(r => r.Type).HasConversion<string>().HasMaxLength(20);
        room.Property(r => r.BaseRate).HasPrecision(10, 2);
        room.Property(r => r.Notes).HasMaxLength(2000);
        room.Ignore(r => r.DisplayName);
    }
}
