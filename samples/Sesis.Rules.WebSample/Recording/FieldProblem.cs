namespace Sesis.Rules.WebSample.Recording;

/// <summary>A value that could not be read, named by its field; nothing is guessed in its place.</summary>
/// <param name="Field">The field, spelled as the <see cref="ServiceRecord"/> property.</param>
/// <param name="Message">What is wrong and what is expected.</param>
public sealed record FieldProblem(string Field, string Message);
