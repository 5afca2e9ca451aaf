using System.Text;
using Sesis.Rules.Sample;

// The sample host: validates batch files of service records with Sesis.Rules.
// Exit codes: 0 no finding is an error; 1 some finding is an error; 2 the input could not be read.
// Standard output is buffered (a district's findings are many lines) and flushed at the end; UTF-8 without a mark,
// which --bom adds itself for CSV.
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
var code = Host.Run(args, output, Console.Error, errorIsTerminal: !Console.IsErrorRedirected, outputIsTerminal: Terminal.ShowsColour());
output.Flush();
return code;
