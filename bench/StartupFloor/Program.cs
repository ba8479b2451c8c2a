// Prints a version, as `steward --version` does, and nothing else.
Console.Out.WriteLine("0.0.0");
