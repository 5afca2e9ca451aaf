using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Sesis.Rules.WebSample.Recording;

namespace Sesis.Rules.WebSample.Api;

/// <summary>
/// The HTTP API for other systems: POST a record as text (a JSON object of string fields) to /api/records/check and
/// get its findings: 200 when no finding is an error, 422 (problem details) when rules fail, 400 (problem details)
/// when a value cannot be read (the library's SR0xx codes) or the request itself is malformed. The codes are in the
/// "codes" extension, every finding in "findings".
/// </summary>
public static class RecordCheckApi
{
    /// <summary>The code of a malformed request (not JSON, not an object, a value not a string, an unknown field or stage): it holds no record to read.</summary>
    public const string MalformedRequestCode = "malformed-request";

    /// <summary>Maps the endpoint.</summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static IEndpointRouteBuilder MapRecordCheckApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/records/check", CheckAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> CheckAsync(HttpRequest request, SampleContext context, string? stage)
    {
        var validationStage = stage?.ToLowerInvariant() switch
        {
            null or "" or "save" => ValidationStage.Save,
            "draft" => ValidationStage.Draft,
            _ => (ValidationStage?)null,
        };
        if (validationStage is null)
        {
            return Malformed("The query parameter stage is 'draft' or 'save' (the default).", [new RequestProblem("stage", $"'{RecordText.Shown(stage!)}' is not draft or save.")]);
        }

        Dictionary<string, string?> fields;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Malformed("The body is a JSON object of the record's fields, each a string.", [new RequestProblem("(body)", "The body is not a JSON object.")]);
            }

            var problems = new List<RequestProblem>();
            fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        fields[property.Name] = property.Value.GetString();
                        break;
                    case JsonValueKind.Null:
                        fields[property.Name] = null;
                        break;
                    case JsonValueKind.True or JsonValueKind.False:
                        fields[property.Name] = property.Value.GetRawText();
                        break;
                    default:
                        problems.Add(new RequestProblem(property.Name, "Every field is a string (or null when absent)."));
                        break;
                }
            }

            if (problems.Count > 0)
            {
                return Malformed("Some fields are not strings.", problems);
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // JsonDocument checks a string's UTF-8 only when it is read: an invalid sequence in a name or a value
            // throws InvalidOperationException there (a 500, found by fuzzing, docs/reliability.md).
            return Malformed("The body is not valid JSON.", [new RequestProblem("(body)", $"Not valid JSON: {e.Message}")]);
        }

        var reading = context.Reader.Read(RecordText.ToText(fields, out var unknown));
        if (unknown.Count > 0)
        {
            return Malformed("Some names are not fields of a service record.", [.. unknown.Select(u => new RequestProblem(u, $"'{RecordText.Shown(u)}' is not a field of a service record; the fields are {string.Join(", ", RecordText.Fields)}."))]);
        }

        // Every finding at once: the unreadable values (SR0xx) and every rule that does not read one of them.
        var findings = context.Validator.Validate(reading, validationStage.Value);
        var shown = findings.Select(f => new { code = f.Code, severity = f.Severity.ToString(), field = f.Field, message = f.Message, attemptedValue = f.AttemptedValue }).ToList();
        if (!reading.IsComplete)
        {
            return Results.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "A value could not be read.",
                Detail = $"Unreadable: {string.Join(", ", reading.UnreadableFields)}. The findings list them (SR0xx) with the rules that could still be checked.",
                Extensions =
                {
                    ["stage"] = validationStage.Value.ToString(),
                    ["codes"] = findings.Select(f => f.Code).Distinct().ToList(),
                    ["findings"] = shown,
                },
            });
        }

        var errors = findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return Results.Ok(new { stage = validationStage.Value.ToString(), codes = findings.Select(f => f.Code).Distinct().ToList(), findings = shown });
        }

        return Results.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The record breaks the rules.",
            Detail = $"{errors.Count} error(s) at the {validationStage.Value} stage: {string.Join(", ", errors.Select(f => f.Code).Distinct())}.",
            Extensions =
            {
                ["stage"] = validationStage.Value.ToString(),
                ["codes"] = findings.Select(f => f.Code).Distinct().ToList(),
                ["findings"] = shown,
            },
        });
    }

    private static IResult Malformed(string detail, IReadOnlyList<RequestProblem> problems) =>
        Results.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is malformed.",
            Detail = detail,
            Extensions =
            {
                ["codes"] = new[] { MalformedRequestCode },
                ["findings"] = problems.Select(p => new { code = MalformedRequestCode, severity = nameof(FindingSeverity.Error), field = p.Field, message = p.Message }).ToList(),
            },
        });

    private sealed record RequestProblem(string Field, string Message);
}
