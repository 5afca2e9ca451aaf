namespace Sesis.Rules;

/// <summary>A record with its position in the input; 16 bytes, so a partition is a compact array.</summary>
internal readonly record struct IndexedRecord(ServiceRecord Record, long Index);
