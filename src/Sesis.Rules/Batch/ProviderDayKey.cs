using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// The partition key of batch work: one provider on one date. Every across-record rule (SR901-SR904) compares
/// records of one provider on one date only, so partitions can be checked independently and in any order.
/// </summary>
/// <remarks>Ordered by provider id (ordinal), then date: the order <see cref="BatchValidator.ValidateStream(IEnumerable{ServiceRecord}, ValidationStage)"/> expects.</remarks>
internal readonly record struct ProviderDayKey(ProviderId Provider, LocalDate Date) : IComparable<ProviderDayKey>
{
    // The ISO date, as the rules read dates (docs/rules.md): a Julian date and its ISO day are one provider-day.
    public static ProviderDayKey Of(ServiceRecord record) => new(record.ProviderId, IsoDates.Of(record.Date));

    public int CompareTo(ProviderDayKey other)
    {
        var byProvider = Provider.CompareTo(other.Provider);
        return byProvider != 0 ? byProvider : Date.CompareTo(other.Date);
    }

    public override string ToString() => $"provider '{Provider}' on {Text.Date(Date)}";
}
