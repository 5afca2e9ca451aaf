using System.Buffers;
using System.Runtime.InteropServices;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// A file's bytes in native memory, given back to the system when disposed. A district's batch file is tens of
/// megabytes: read into an array, it took a region of the large object heap that the runtime kept after the array
/// was freed, and that a district's run then carried to its end (about 30 MB of its peak; benchmarks/README.md,
/// "District scale"). Read with <see cref="InputFile.ReadOutsideHeap"/>; nothing may use its memory once disposed.
/// </summary>
internal sealed unsafe class FileBytes : MemoryManager<byte>
{
    private byte* _start;
    private int _length;

    /// <summary>Allocates room for <paramref name="capacity"/> bytes.</summary>
    public FileBytes(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _start = (byte*)NativeMemory.Alloc((nuint)Math.Max(capacity, 1));
        _length = capacity;
    }

    /// <summary>Gets the bytes read so far (all of them, until <see cref="Shorten"/>).</summary>
    public override Span<byte> GetSpan() => _start is null ? throw new ObjectDisposedException(nameof(FileBytes)) : new(_start, _length);

    /// <summary>Keeps the first <paramref name="length"/> bytes only: the file was shorter when read than when measured.</summary>
    public void Shorten(int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)length, (uint)_length, nameof(length));
        _length = length;
    }

    /// <inheritdoc/>
    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)elementIndex, (uint)_length, nameof(elementIndex));
        return _start is null ? throw new ObjectDisposedException(nameof(FileBytes)) : new(_start + elementIndex);
    }

    /// <inheritdoc/>
    public override void Unpin()
    {
        // Native memory never moves: there is nothing to unpin.
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (_start is not null)
        {
            NativeMemory.Free(_start);
            _start = null;
            _length = 0;
        }
    }
}
