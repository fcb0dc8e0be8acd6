using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BookingWeb.Platform.Data.Configurations;

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
        room.Property(r => r.Number).HasMaxLength(FieldLimits.Rooms.Number).IsRequired();
        room.HasIndex(r => r.Number).IsUnique().HasDatabaseName("ux_rooms_number");
        room.Property(r => r.Name).HasMaxLength(FieldLimits.Rooms.Name);
        room.Property(r => r.Type).HasConversion<string>().HasMaxLength(20);
        room.Property(r => r.BaseRate).HasPrecision(FieldLimits.MoneyPrecision, FieldLimits.MoneyScale);
        room.Property(r => r.Notes).HasMaxLength(FieldLimits.Rooms.Notes);
    }
}
