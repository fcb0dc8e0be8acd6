namespace BookingWeb.Features;

public static class FeatureServiceCollectionExtensions
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        return services;
    }
}
