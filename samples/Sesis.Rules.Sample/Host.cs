using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Sesis.Rules.Sample.Input;
using Sesis.Rules.Sample.Output;

namespace Sesis.Rules.Sample;

/// <summary>The commands, kept apart from Program so tests can run them with their own writers.</summary>
internal static class Host
{
    public const int Ok = 0;
    public const int ErrorsFound = 1;
    public const int InputUnreadable = 2;

    /// <summary>Runs the host.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where reports go.</param>
    /// <param name="error">Where errors, and progress when it is a terminal, go.</param>
    /// <param name="errorIsTerminal">Whether <paramref name="error"/> is a terminal, so progress is shown on it.</param>
    /// <param name="outputIsTerminal">Whether <paramref name="output"/> is a terminal that shows colour.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal = false, bool outputIsTerminal = false)
    {
        var file = new Argument<string>("file") { Description = "The batch file (JSON); see the README for its format." };
        var format = new Option<string>("--format") { Description = "text (the default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var provider = new Option<string>("--provider") { Description = "The provider's id.", Required = true };
        var month = new Option<string>("--month") { Description = "The month, as yyyy-MM.", Required = true };
        var calendarProvider = new Option<string>("--provider") { Description = "The provider's id (required without --explain)." };
        var calendarMonth = new Option<string>("--month") { Description = "The month, as yyyy-MM (required without --explain)." };
        var explain = new Option<bool>("--explain") { Description = "Print what each event of the batch's school calendar feed became (or why it was skipped) instead." };

        var source = new Argument<string>("file") { Description = "The batch file (JSON), or a SQLite database with a records table; see the README." };
        var validateFormat = new Option<string>("--format") { Description = "text (the default), json, or csv (one row per finding).", DefaultValueFactory = _ => "text" };
        validateFormat.AcceptOnlyFromAmong("text", "json", "csv");
        var all = new Option<bool>("--all") { Description = "Text: list every record, not only those with findings." };
        var bom = new Option<bool>("--bom") { Description = "CSV: start with a UTF-8 byte order mark, for Excel on Windows." };
        var threads = new Option<int>("--threads") { Description = "Threads that check records at once; every core by default.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var sorted = new Option<bool>("--sorted") { Description = "The records are sorted by provider id and date: stream them without checking the order first." };
        var unsorted = new Option<bool>("--unsorted") { Description = "The records are not sorted: hold them all in memory (skips the check of the order)." };
        var missingFrom = new Option<string>("--missing-from") { Description = "The first day (yyyy-MM-dd) to look for missing records on; the earliest record's month by default." };
        var context = new Option<string>("--context") { Description = "SQLite source: the batch JSON with the context (no records); else the database's context table." };
        var findingsTable = new Option<bool>("--findings-table") { Description = "SQLite source: write the findings to a findings table in the database as well." };

        var validate = new Command("validate", "Check every record of a batch file or database and print its findings.")
        {
            source, validateFormat, all, bom, threads, sorted, unsorted, missingFrom, context, findingsTable,
        };
        validate.SetAction(parse => Guard(error, () =>
        {
            var path = parse.GetValue(source)!;
            if (parse.GetValue(threads) < 1)
            {
                throw new InputException(path, null, "--threads", "Give at least 1 thread.");
            }

            if (parse.GetValue(sorted) && parse.GetValue(unsorted))
            {
                throw new InputException(path, null, "--sorted/--unsorted", "Give at most one of --sorted and --unsorted.");
            }

            using var database = SqliteRecords.IsDatabase(path) ? SqliteRecords.Open(path) : null;
            if (database is null && (parse.GetValue(context) is not null || parse.GetValue(findingsTable)))
            {
                throw new InputException(path, null, "--context/--findings-table", "These options need a SQLite database as the source.");
            }

            var from = parse.GetValue(missingFrom) is { } text ? Option(path, "--missing-from", text, FieldSource.ParseDate) : (LocalDate?)null;

            // The pass over the records that tells whether they are sorted, and their earliest date, runs while the
            // context is read, unless both things it tells were given.
            var scan = !(parse.GetValue(sorted) || parse.GetValue(unsorted)) || from is null;
            var batch = database is null
                ? BatchFile.Read(path, parse.GetValue(threads), scan && parse.GetValue(threads) > 1 ? csv => csv.BeginScan() : null)
                : DatabaseBatch(database, parse.GetValue(context));
            var options = new ReportOptions(
                parse.GetValue(threads),
                parse.GetValue(sorted) ? true : parse.GetValue(unsorted) ? false : null,
                from,
                errorIsTerminal);

            using var report = Writer(parse.GetValue(validateFormat)!, output, parse.GetValue(all), parse.GetValue(bom));
            using var table = parse.GetValue(findingsTable) ? new SqliteFindings(database!) : null;
            IFindingWriter writer = table is null ? report : new BothWriters(report, table);
            var summary = BatchReport.Run(batch, writer, options, error);
            return summary.HasErrors ? ErrorsFound : Ok;
        }));

        var calendar = new Command("calendar", "Print a provider's Services Calendar for a month, or with --explain how the school calendar was read.")
        {
            file, calendarProvider, calendarMonth, explain, format,
        };
        calendar.SetAction(parse => Guard(error, () =>
        {
            var path = parse.GetValue(file)!;
            var batch = BatchFile.Read(path);
            if (parse.GetValue(explain))
            {
                Write(parse.GetValue(format)!, output, o => CalendarReportView.WriteText(batch.LoadedCalendar, o), o => CalendarReportView.WriteJson(batch.LoadedCalendar, o));
                return Ok;
            }

            var view = CalendarView.Create(batch, Option(path, "--provider", Given(path, "--provider", parse.GetValue(calendarProvider)), ProviderId.Parse), Option(path, "--month", Given(path, "--month", parse.GetValue(calendarMonth)), ParseMonth), path);
            Write(parse.GetValue(format)!, output, o => CalendarView.WriteText(view, o, outputIsTerminal), o => CalendarView.WriteJson(view, o));
            return Ok;
        }));

        var student = new Option<string>("--student") { Description = "Report on one student (an id)." };
        var reportProvider = new Option<string>("--provider") { Description = "Report on one provider (an id)." };
        var wholeCaseload = new Option<bool>("--caseload") { Description = "Report on the whole caseload of the batch." };
        var from = new Option<string>("--from") { Description = "The first day, yyyy-MM-dd.", Required = true };
        var to = new Option<string>("--to") { Description = "The last day, yyyy-MM-dd.", Required = true };
        var report = new Command("report", "Print the Encounter Attendance report of a student, a provider or the caseload over a period.")
        {
            file, student, reportProvider, wholeCaseload, from, to, format,
        };
        report.SetAction(parse => Guard(error, () =>
        {
            var path = parse.GetValue(file)!;
            var batch = BatchFile.Read(path);
            var scope = Scope(path, batch, parse.GetValue(student), parse.GetValue(reportProvider), parse.GetValue(wholeCaseload));
            var first = Option(path, "--from", parse.GetValue(from)!, FieldSource.ParseDate);
            var last = Option(path, "--to", parse.GetValue(to)!, FieldSource.ParseDate);
            if (last < first)
            {
                throw new InputException(path, null, "--to", $"The period ends ({Text.Date(last)}) before it starts ({Text.Date(first)}).");
            }

            var view = ReportView.Create(batch, scope, new DateInterval(first, last), path);
            Write(parse.GetValue(format)!, output, o => ReportView.WriteText(view, o), o => ReportView.WriteJson(view, o));
            return Ok;
        }));

        var root = new RootCommand("Sesis.Rules sample host: checks SESIS service records.") { validate, calendar, report };
        var parsed = root.Parse(args);
        var code = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });

        // System.CommandLine answers 1 for a command line it cannot parse: that is unreadable input here.
        return parsed.Errors.Count > 0 ? InputUnreadable : code;
    }

    // A finding writer and what it holds (a spool file), disposed together.
    private static WriterScope Writer(string format, TextWriter output, bool all, bool bom) => format switch
    {
        "json" => new WriterScope(new JsonFindings(output)),
        "csv" => new WriterScope(new CsvFindings(output, bom)),
        _ => new WriterScope(new TextFindings(output, all)),
    };

    // Records from a database, context from a batch JSON file (without records) or from the database's context table.
    private static Batch DatabaseBatch(SqliteRecords database, string? contextFile)
    {
        using var file = contextFile is null ? null : InputFile.ReadOutsideHeap(contextFile, "batch file");
        var name = contextFile ?? database.File;
        ReadOnlyMemory<byte> json = file is not null
            ? file.Memory
            : database.StoredContext()
                ?? throw new InputException(database.File, null, "--context", "Give --context with the batch JSON (providers, caseload, schedules, calendar), or store it in a context table (column json).");
        var batch = BatchFile.Parse(name, json);
        if (batch.Source is not HeldRecords { Held.Count: 0 })
        {
            throw new InputException(name, null, "records", "The records come from the database: the context must not hold records or recordsCsv.");
        }

        // The rows are read by the library in the context's time zone, as a batch file's records are.
        database.Reader = new ServiceRecordReader(new ServiceRecordReaderOptions { TimeZone = batch.TimeZone });
        return batch with { Source = database };
    }

    private static void Write(string format, TextWriter output, Action<TextWriter> text, Action<TextWriter> json)
    {
        if (format == "json")
        {
            json(output);
        }
        else
        {
            text(output);
        }
    }

    private static string Given(string file, string name, string? value) =>
        value ?? throw new InputException(file, null, name, $"Give {name}, or --explain to see how the school calendar was read.");

    private static T Option<T>(string file, string name, string text, Func<string, ParseOutcome<T>> parse)
    {
        var result = parse(text);
        return result.Success ? result.Value : throw new InputException(file, null, name, result.Error!);
    }

    // Exactly one of --student, --provider and --caseload says whom the report is about.
    private static EncounterAttendanceScope Scope(string file, Batch batch, string? student, string? provider, bool caseload)
    {
        if ((student is null ? 0 : 1) + (provider is null ? 0 : 1) + (caseload ? 1 : 0) != 1)
        {
            throw new InputException(file, null, "--student/--provider/--caseload", "Give exactly one of --student ID, --provider ID and --caseload.");
        }

        return student is not null ? EncounterAttendanceScope.ForStudent(Option(file, "--student", student, StudentId.Parse))
            : provider is not null ? EncounterAttendanceScope.ForProvider(Option(file, "--provider", provider, ProviderId.Parse))
            : EncounterAttendanceScope.ForCaseload(batch.Caseload);
    }

    private static ParseOutcome<YearMonth> ParseMonth(string text)
    {
        var result = YearMonthPattern.Iso.Parse(text);
        return result.Success
            ? ParseOutcome<YearMonth>.ForValue(result.Value)
            : ParseOutcome<YearMonth>.ForError($"'{text}' is not a month (yyyy-MM).");
    }

    private static int Guard(TextWriter error, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (InputException e)
        {
            error.WriteLine(e.Message);
            return InputUnreadable;
        }
    }

    /// <summary>A finding writer as an <see cref="IFindingWriter"/> that is disposed with the command.</summary>
    private sealed class WriterScope(IFindingWriter writer) : IFindingWriter, IDisposable
    {
        public void Begin() => writer.Begin();

        public void Record(SourcedRecord record, IReadOnlyList<Finding> findings) => writer.Record(record, findings);

        public void Missing(MissingRecordFinding missing) => writer.Missing(missing);

        public void End(Summary summary) => writer.End(summary);

        public void Dispose() => (writer as IDisposable)?.Dispose();
    }
}
