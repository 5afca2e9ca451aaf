using System.Text;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample.Tests.Input;

/// <summary>
/// The batch file's reader keeps what a district's developer needs to fix an export (the line and the field of every
/// problem) without holding a node per value or an index of the file's lines: lines are counted as the reading goes,
/// scalars are held in their object's properties, and one reading leaves nothing behind for the next.
/// </summary>
public sealed class JsonTreeTests
{
    private const string Valid = """
        {
          "clock": "2025-10-31T17:00",
          "providers": [ { "id": "P0012345", "role": "paraprofessional" } ]
        }
        """;

    [Fact]
    public void A_batch_cut_off_inside_an_object_leaves_nothing_behind_for_the_next_one()
    {
        // The reader gathers an object's properties in a list kept per thread: a reading stopped halfway through an
        // object must not hand its properties to the next batch read on the same thread.
        var cut = Assert.Throws<InputException>(() => Parse("""{ "clock": "2025-10-31T17:00", "schoolKind": "elementary", """));
        Assert.StartsWith("batch.json:", cut.Message, StringComparison.Ordinal);

        var batch = Parse(Valid);

        Assert.Equal("P0012345", Assert.Single(batch.Providers).Id.Value);
    }

    [Fact]
    public void A_problem_deep_in_a_list_names_its_own_line_and_field()
    {
        var caseload = string.Join(",\n", Enumerable.Range(0, 40).Select(i =>
            $$"""    { "providerId": "P0012345", "studentId": "2043815{{i:00}}", "serviceType": "paraprofessional",{{(i == 37 ? "\r\n      " : " ")}}"from": "2025-09-04", "to": "{{(i == 37 ? "someday" : "2026-06-26")}}" }"""));
        var json = $$"""
            {
              "clock": "2025-10-31T17:00",
              "providers": [ { "id": "P0012345", "role": "paraprofessional" } ],
              "caseload": [
            {{caseload}}
              ]
            }
            """;

        var error = Assert.Throws<InputException>(() => Parse(json));

        // Item 37 starts on line 5 + 37 = 42 and its "to" is on the next line (a CRLF line end counts once).
        Assert.Equal("batch.json:43: caseload[37].to: 'someday' is not a date (yyyy-MM-dd).", error.Message);
    }

    [Fact]
    public void A_list_given_as_null_is_refused_as_before()
    {
        var error = Assert.Throws<InputException>(() => Parse("""{ "clock": "2025-10-31T17:00",\n "providers": null }""".Replace("\\n", "\n", StringComparison.Ordinal)));

        Assert.Equal("batch.json:2: providers: Expected a JSON array.", error.Message);
    }

    [Fact]
    public void A_number_or_boolean_is_read_as_its_text_and_null_as_absent()
    {
        var batch = Parse("""
            {
              "clock": "2025-10-31T17:00",
              "providers": [ { "id": "P0012345", "role": "paraprofessional", "name": null, "specialty": 42 } ]
            }
            """);

        var provider = Assert.Single(batch.Providers);
        Assert.Null(provider.Name);
        Assert.Equal("42", provider.Specialty);
    }

    [Fact]
    public void An_object_where_a_value_belongs_names_the_field()
    {
        var error = Assert.Throws<InputException>(() => Parse("""
            {
              "clock": "2025-10-31T17:00",
              "providers": [ { "id": "P0012345",
                               "role": { "is": "paraprofessional" } } ]
            }
            """));

        Assert.Equal("batch.json:4: providers[0].role: Expected a value, not an object or an array.", error.Message);
    }

    [Fact]
    public void Items_read_one_after_another_into_shared_storage_keep_their_own_values()
    {
        // A top-level list's items are read into one buffer that the next item overwrites (a district's has
        // hundreds of thousands): items of different sizes, a field missing from one, must each read as written.
        var batch = Parse("""
            {
              "clock": "2025-10-31T17:00",
              "providers": [
                { "id": "P0000001", "role": "paraprofessional" },
                { "specialty": "speech", "name": "Second", "role": "provider", "id": "P0000002" },
                { "role": "provider", "id": "P0000003" },
                { "id": "P0000004", "role": "provider", "name": "Fourth" }
              ]
            }
            """);

        Assert.Equal(
            ["P0000001 paraprofessional - -", "P0000002 provider Second speech", "P0000003 provider - -", "P0000004 provider Fourth -"],
            batch.Providers.Select(p => $"{p.Id.Value} {p.Role} {p.Name ?? "-"} {p.Specialty ?? "-"}"));
    }

    [Fact]
    public void Each_reading_of_a_list_has_a_buffer_of_its_own_so_a_reading_inside_another_leaves_its_item_alone()
    {
        var tree = (JsonObject)JsonTree.Parse("batch.json", Encoding.UTF8.GetBytes("""
            {
              "providers": [
                { "id": "P0000001", "role": "provider" },
                { "id": "P0000002", "role": "provider" },
                { "id": "P0000003", "role": "provider" }
              ]
            }
            """));
        var providers = (JsonArray)Property(tree, "providers").Node!;

        // The whole list read again while its first reading holds an item, which is looked at afterwards.
        var read = providers.Map((outer, _) =>
        {
            var inner = providers.Map((item, _) => Property(item, "id").Text).Count();
            return (Property(outer, "id").Text, inner);
        }).ToList();

        Assert.Equal([("P0000001", 3), ("P0000002", 3), ("P0000003", 3)], read);
    }

    [Fact]
    public void An_item_read_into_shared_storage_that_names_a_field_twice_is_still_refused()
    {
        // The previous item's properties are still in the buffer past the current item's count; only the current ones count.
        var error = Assert.Throws<InputException>(() => Parse("""
            {
              "clock": "2025-10-31T17:00",
              "providers": [
                { "id": "P0000001", "role": "provider", "name": "First", "specialty": "speech" },
                { "id": "P0000002", "role": "provider", "id": "P0000003" }
              ]
            }
            """));

        Assert.Equal("batch.json:5: providers[1].id: The field appears twice.", error.Message);
    }

    [Fact]
    public void A_read_batch_does_not_keep_the_file_it_was_read_from()
    {
        // A district's batch file is tens of megabytes; once its lists are read, nothing may hold its bytes.
        var (batch, bytes) = ParseAndLetGo(Valid);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(bytes.IsAlive);
        Assert.Single(batch.Providers);
    }

    private static JsonProperty Property(JsonTree item, string name) => ((JsonObject)item).Properties.ToArray().Single(p => p.Name == name);

    private static Batch Parse(string json) => BatchFile.Parse("batch.json", Encoding.UTF8.GetBytes(json));

    // In a method of its own, so that no local of the test holds the bytes.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (Batch Batch, WeakReference Bytes) ParseAndLetGo(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        return (BatchFile.Parse("batch.json", bytes), new WeakReference(bytes));
    }
}
