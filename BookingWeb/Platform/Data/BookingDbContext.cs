using System.Text;
using BookingWeb.Platform.Data.Configurations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Platform.Data;

public class BookingDbContext : IdentityDbContext<StaffUser>, IDataProtectionKeyContext
{
    public BookingDbContext(DbContextOptions<BookingDbContext> options) : base(options)
    {
        // Every save runs in a transaction, so the session settings (who, from where) reach the triggers.
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Guest> Guests => Set<Guest>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<AdditionalService> AdditionalServices => Set<AdditionalService>();
    public DbSet<Discount> Discounts => Set<Discount>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Who is saving (a user id): stamped into created_by/updated_by and handed to the triggers. Null for the system.</summary>
    public string? Actor { get; set; }

    /// <summary>Stamps created_at/updated_at; the app's one clock when the context comes from its factory.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Which circuit is saving, so that live updates can tell a page its own changes from others'.</summary>
    public string? Origin { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(SessionSettingsInterceptor.Instance);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureStaffIdentity();
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.HasDbFunction(typeof(SearchText).GetMethod(nameof(SearchText.Fold))!).HasName("bookingweb_fold");
        modelBuilder.HasDbFunction(typeof(SearchText).GetMethod(nameof(SearchText.OfGuest))!).HasName("bookingweb_guest_search");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BookingDbContext).Assembly);
        UseSnakeCaseColumns(modelBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampAudit();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAudit();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampAudit()
    {
        var now = Clock.GetUtcNow();
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.CreatedBy = Actor;
            }
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
                entry.Entity.UpdatedBy = Actor;
            }
        }
    }

    /// <summary>snake_case columns so that psql, triggers and raw SQL read naturally. xmin keeps its name.</summary>
    private static void UseSnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                if (property.Name != nameof(Entity.Version))
                    property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
