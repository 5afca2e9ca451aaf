using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// Reads the files a batch names (the batch itself, its CSV records, its calendar) the same guarded way: a size
/// cap checked before reading, so memory stays bounded, and UTF-8 only, since a file in another encoding or a
/// binary file must be refused with its name rather than read as replacement characters.
/// </summary>
internal static class InputFile
{
    /// <summary>Files larger than this are refused before reading.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    // Flows with the caller's execution context, so a test can lower the cap for its own run only
    // (writing a 256 MB file to test the refusal would be slow), while parallel tests keep the default.
    private static readonly AsyncLocal<long?> MaxBytesOverride = new();

    /// <summary>Gets the size cap in force.</summary>
    public static long MaxBytes => MaxBytesOverride.Value ?? DefaultMaxBytes;

    /// <summary>Lowers (or raises) the size cap for the calling flow until the result is disposed.</summary>
    public static IDisposable LimitBytes(long maxBytes)
    {
        var previous = MaxBytesOverride.Value;
        MaxBytesOverride.Value = maxBytes;
        return new Restore(() => MaxBytesOverride.Value = previous);
    }

    /// <summary>Reads a whole file, refusing a directory, a missing file and a file over <see cref="MaxBytes"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for messages ("batch file", "CSV file").</param>
    public static byte[] ReadBytes(string path, string what)
    {
        byte[] buffer = [];
        var read = ReadInto(path, what, length => buffer = new byte[length]);
        return read == buffer.Length ? buffer : buffer[..read];
    }

    /// <summary>
    /// Reads a whole file as <see cref="ReadBytes"/> does, into native memory that the caller frees by disposing the
    /// result (see <see cref="FileBytes"/>): for a file read once and let go, such as a district's batch file.
    /// </summary>
    public static FileBytes ReadOutsideHeap(string path, string what)
    {
        FileBytes? bytes = null;
        try
        {
            var read = ReadInto(path, what, length => (bytes = new FileBytes(length)).GetSpan());
            bytes!.Shorten(read);
            return bytes;
        }
        catch
        {
            ((IDisposable?)bytes)?.Dispose();
            throw;
        }
    }

    private delegate Span<byte> Allocate(int length);

    // The checks and the reading both readers share; returns how many bytes were read into the buffer allocated.
    private static int ReadInto(string path, string what, Allocate allocate)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new InputException(path, null, null, $"This is a directory, not a {what}.");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new InputException(path, null, null, "No such file.");
            }

            var max = MaxBytes;
            if (info.Length > max)
            {
                throw new InputException(path, null, null, Invariant($"The file is {info.Length:N0} bytes; at most {max:N0} are read."));
            }

            // Read into a buffer of the size checked (a copy of a large batch file would double its cost in memory);
            // a byte beyond it means the file grew after the check, and it is refused rather than cut short.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = allocate((int)info.Length);
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (read == buffer.Length && stream.ReadByte() != -1)
            {
                throw new InputException(path, null, null, Invariant($"The file grew while it was read (from {info.Length:N0} bytes); read it again when it is complete."));
            }

            return read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, null, e.Message);
        }
    }

    /// <summary>Reads a whole file as UTF-8 text (see <see cref="CheckUtf8"/>).</summary>
    public static string ReadText(string path, string what) => DecodeUtf8(path, ReadBytes(path, what), what);

    /// <summary>Decodes UTF-8 bytes after <see cref="CheckUtf8"/>, without the byte order mark.</summary>
    public static string DecodeUtf8(string file, ReadOnlySpan<byte> bytes, string what) =>
        Encoding.UTF8.GetString(CheckUtf8(file, bytes, what));

    /// <summary>
    /// Checks that bytes are UTF-8 text: no UTF-16 or UTF-32 byte order mark, no NUL byte (UTF-16 without a
    /// mark, or a binary file) and no invalid UTF-8 sequence. Returns the text's bytes without a UTF-8 mark.
    /// </summary>
    public static ReadOnlySpan<byte> CheckUtf8(string file, ReadOnlySpan<byte> bytes, string what)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw new InputException(file, null, null, $"The file starts with a UTF-32 byte order mark; a {what} is UTF-8 text.");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new InputException(file, null, null, $"The file starts with a UTF-16 byte order mark; a {what} is UTF-8 text.");
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new InputException(file, LineOf(bytes, nul), null, $"The file holds a NUL byte: it is UTF-16 or binary, and a {what} is UTF-8 text.");
        }

        if (!Utf8.IsValid(bytes))
        {
            var bad = FirstInvalid(bytes);
            throw new InputException(file, LineOf(bytes, bad), null, Invariant($"Byte 0x{bytes[bad]:X2} is not valid UTF-8; a {what} is UTF-8 text."));
        }

        return bytes;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return bytes.Length - 1;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
