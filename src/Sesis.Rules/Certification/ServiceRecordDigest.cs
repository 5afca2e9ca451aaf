using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Sesis.Rules;

/// <summary>
/// Computes the SHA-256 digest of a service record's certified content over a canonical encoding, so that
/// the same content gives the same digest on every platform and framework.
/// </summary>
/// <remarks>
/// The encoding (version 1) is a fixed prefix, then every field but the certification itself in declaration
/// order: text as a 32-bit little-endian length and UTF-16LE code units (lossless, even for unpaired
/// surrogates), numbers as little-endian integers, optional values behind a presence byte. It is documented
/// here because it is a contract: changing it would un-certify every stored record, so a change takes a new
/// version prefix.
/// </remarks>
public static class ServiceRecordDigest
{
    private const string Prefix = "sesis.rules/service-record/v1";

    /// <summary>Computes the digest of <paramref name="record"/>'s content.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The digest; the record's certification does not affect it.</returns>
    public static ContentDigest Compute(ServiceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        // Every field encoded here is compared by SameContent too: a field added to one goes into the other.
        var size = TextSize(Prefix)
            + TextSize(record.StudentId.Value) + TextSize(record.ProviderId.Value) + TextSize(record.ServiceType.Code)
            + (3 * sizeof(long))                   // date, start, end
            + TextSize(record.Language.Code)
            + sizeof(int)                        // session type
            + 1 + sizeof(int)                    // reason
            + sizeof(int)                        // group size
            + OptionalTextSize(record.Location?.Code) + OptionalTextSize(record.Description?.Code) + OptionalTextSize(record.Progress?.Code)
            + OptionalTextSize(record.Notes) + 1; // notes, confidential flag

        var rented = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var writer = new Writer(rented.AsSpan(0, size));
            writer.Text(Prefix);
            writer.Text(record.StudentId.Value);
            writer.Text(record.ProviderId.Value);
            writer.Text(record.ServiceType.Code);
            writer.Int64(IsoDateNumber(record.Date));
            writer.Int64(record.StartTime.NanosecondOfDay);
            writer.Int64(record.EndTime.NanosecondOfDay);
            writer.Text(record.Language.Code);
            writer.Int32((int)record.SessionType);
            writer.Byte(record.Reason.HasValue ? (byte)1 : (byte)0);
            writer.Int32((int)record.Reason.GetValueOrDefault()); // 0 when there is none: the byte above tells them apart
            writer.Int32(record.GroupSize.IsIndividual ? 0 : record.GroupSize.Students);
            writer.OptionalText(record.Location?.Code);
            writer.OptionalText(record.Description?.Code);
            writer.OptionalText(record.Progress?.Code);
            writer.OptionalText(record.Notes);
            writer.Byte(record.NotesConfidential ? (byte)1 : (byte)0);

            Span<byte> hash = stackalloc byte[ContentDigest.Length];
            SHA256.HashData(rented.AsSpan(0, size), hash);
            return ContentDigest.FromBytes(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Gets a value indicating whether two records have the same content as far as <see cref="Compute"/> is
    /// concerned, by comparing the fields it encodes: when true, their digests are equal. It may answer false for
    /// content that digests the same (a date kept in another calendar system), which only costs a digest.
    /// </summary>
    internal static bool SameContent(ServiceRecord a, ServiceRecord b) =>
        ReferenceEquals(a, b)
        || (string.Equals(a.StudentId.Value, b.StudentId.Value, StringComparison.Ordinal)
            && string.Equals(a.ProviderId.Value, b.ProviderId.Value, StringComparison.Ordinal)
            && string.Equals(a.ServiceType.Code, b.ServiceType.Code, StringComparison.Ordinal)
            && a.Date == b.Date // equal only in the same calendar system, so the same ISO date
            && a.StartTime == b.StartTime
            && a.EndTime == b.EndTime
            && string.Equals(a.Language.Code, b.Language.Code, StringComparison.Ordinal)
            && a.SessionType == b.SessionType
            && a.Reason == b.Reason
            && a.GroupSize == b.GroupSize
            && string.Equals(a.Location?.Code, b.Location?.Code, StringComparison.Ordinal)
            && string.Equals(a.Description?.Code, b.Description?.Code, StringComparison.Ordinal)
            && string.Equals(a.Progress?.Code, b.Progress?.Code, StringComparison.Ordinal)
            && string.Equals(a.Notes, b.Notes, StringComparison.Ordinal)
            && a.NotesConfidential == b.NotesConfidential);

    private static int TextSize(string text) => sizeof(int) + (2 * text.Length);

    private static int OptionalTextSize(string? text) => 1 + (text is null ? 0 : TextSize(text));

    // yyyymmdd of the ISO date: a record kept in another calendar system digests as the same day.
    private static long IsoDateNumber(NodaTime.LocalDate date)
    {
        var iso = date.WithCalendar(NodaTime.CalendarSystem.Iso);
        return (iso.Year * 10_000L) + (iso.Month * 100L) + iso.Day;
    }

    private ref struct Writer(Span<byte> buffer)
    {
        private readonly Span<byte> _buffer = buffer;
        private int _position;

        public void Byte(byte value) => _buffer[_position++] = value;

        public void Int32(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_buffer[_position..], value);
            _position += sizeof(int);
        }

        public void Int64(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(_buffer[_position..], value);
            _position += sizeof(long);
        }

        public void Text(string text)
        {
            Int32(text.Length);
            foreach (var c in text)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(_buffer[_position..], c);
                _position += 2;
            }
        }

        public void OptionalText(string? text)
        {
            Byte(text is null ? (byte)0 : (byte)1);
            if (text is not null)
            {
                Text(text);
            }
        }
    }
}
