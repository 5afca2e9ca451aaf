using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Tests.Input;

/// <summary>
/// A batch file read into native memory (<see cref="InputFile.ReadOutsideHeap"/>) is read and refused exactly as
/// one read into an array is, and its memory cannot be used once it is freed.
/// </summary>
public sealed class InputFileTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(70_000)]
    [InlineData(200_000)] // past the 85,000 bytes from which an array would go to the large object heap
    public void Outside_the_heap_a_file_reads_as_the_same_bytes(int length)
    {
        using var folder = new TempFolder();
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var path = folder.Write("file.bin", bytes);

        using var outside = InputFile.ReadOutsideHeap(path, "batch file");

        Assert.Equal(bytes, outside.Memory.ToArray());
        Assert.Equal(bytes, InputFile.ReadBytes(path, "batch file"));
    }

    [Fact]
    public void Outside_the_heap_a_missing_file_a_directory_and_a_file_over_the_cap_are_refused_with_the_same_message()
    {
        using var folder = new TempFolder();
        var file = folder.Write("batch.json", "{}");
        Directory.CreateDirectory(folder.Path("folder.json"));

        using (InputFile.LimitBytes(1))
        {
            foreach (var path in new[] { folder.Path("missing.json"), folder.Path("folder.json"), file })
            {
                var inArray = Assert.Throws<InputException>(() => InputFile.ReadBytes(path, "batch file"));
                var outside = Assert.Throws<InputException>(() => InputFile.ReadOutsideHeap(path, "batch file"));
                Assert.Equal(inArray.Message, outside.Message);
            }
        }
    }

    [Fact]
    public void Freed_bytes_cannot_be_read_and_freeing_twice_is_harmless()
    {
        using var folder = new TempFolder();
        var bytes = InputFile.ReadOutsideHeap(folder.Write("batch.json", "{}"), "batch file");
        var memory = bytes.Memory;

        ((IDisposable)bytes).Dispose();
        ((IDisposable)bytes).Dispose();

        Assert.Throws<ObjectDisposedException>(() => bytes.GetSpan());
        Assert.Throws<ObjectDisposedException>(() => memory.Span.Length);
        Assert.Throws<ObjectDisposedException>(() => memory.Pin());
    }

    [Fact]
    public void A_buffer_is_shortened_only_within_its_bytes()
    {
        using var bytes = new FileBytes(4);

        bytes.Shorten(2);

        Assert.Equal(2, bytes.Memory.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => bytes.Shorten(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => bytes.Shorten(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => bytes.Pin(3));
    }
}
