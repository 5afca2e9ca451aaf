using Sesis.Rules.Sample;

// The sample host: validates batch files of service records with Sesis.Rules.
// Exit codes: 0 no finding is an error; 1 some finding is an error; 2 the input could not be read.
return Host.Run(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
