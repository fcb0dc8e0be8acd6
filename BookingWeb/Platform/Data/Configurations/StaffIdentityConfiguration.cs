using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Platform.Data.Configurations;

/// <summary>Identity's tables under plain names beside ours (users, roles, user_roles …) instead of AspNet*.</summary>
internal static class StaffIdentityConfiguration
{
    public static void ConfigureStaffIdentity(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StaffUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(FieldLimits.Users.DisplayName).IsRequired();
            user.Property(u => u.Version).IsRowVersion();
            user.Property(u => u.Language).HasMaxLength(2);
            user.ToTable(t => t.HasCheckConstraint("ck_users_language", "language IN ('de', 'en')"));
        });
        modelBuilder.Entity<IdentityRole>().ToTable("roles");
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
    }
}
