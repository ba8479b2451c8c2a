using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Steward.Tests.Forge.Contract;

/// <summary>
/// A node program the contract tests start on 127.0.0.1 (prism, the fixtures server): started on a free port, ready
/// once it prints <c>ready</c>, its output kept for assertions, and killed (with its children) on dispose.
/// </summary>
internal sealed class NodeServer : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NodeServer(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <param name="arguments">The program's arguments; <c>{port}</c> is replaced by the free port chosen.</param>
    public static async Task<NodeServer> StartAsync(string program, IEnumerable<string> arguments, string ready, TimeSpan within)
    {
        // The free port is found before the server binds it, so another test may take it in between: the server then
        // exits with EADDRINUSE, and the next free port is tried.
        var list = arguments.ToList();
        for (var attempt = 1; ; attempt++)
        {
            var server = await TryStartAsync(program, list, ready, within);
            if (server is not null)
            {
                return server;
            }

            if (attempt == 5)
            {
                throw new InvalidOperationException($"{program} found no free port in {attempt} attempts");
            }
        }
    }

    /// <summary>The server on a free port, or null when it exited because another process took the port first.</summary>
    private static async Task<NodeServer?> TryStartAsync(string program, IReadOnlyList<string> arguments, string ready, TimeSpan within)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = ContractTools.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        var process = new Process { StartInfo = info };
        var server = new NodeServer(process, port);
        process.OutputDataReceived += (_, e) => server.Take(e.Data, ready);
        process.ErrorDataReceived += (_, e) => server.Take(e.Data, ready);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var done = await Task.WhenAny(server.started.Task, exited, Task.Delay(within));
        if (done == server.started.Task)
        {
            return server;
        }

        server.Dispose();
        if (done == exited && server.Output.Contains("EADDRINUSE", StringComparison.Ordinal))
        {
            return null;
        }

        throw new TimeoutException($"{program} did not print '{ready}' within {within}: {server.Output}");
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        process.Dispose();
    }

    private void Take(string? line, string ready)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (line.Contains(ready, StringComparison.Ordinal))
        {
            started.TrySetResult();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
