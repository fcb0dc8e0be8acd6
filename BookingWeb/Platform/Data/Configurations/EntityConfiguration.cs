using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BookingWeb.Platform.Data.Configurations;

/// <summary>The columns every table shares: the xmin row version and the audit stamps.</summary>
internal static class EntityConfiguration
{
    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> entity) where T : Entity
    {
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Version).IsRowVersion();
        entity.Property(e => e.CreatedBy).HasMaxLength(FieldLimits.StaffName);
        entity.Property(e => e.UpdatedBy).HasMaxLength(FieldLimits.StaffName);
    }
}
