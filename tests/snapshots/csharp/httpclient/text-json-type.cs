using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

class Program
{
    // Mono's mcs (C# 7.0) has no async Main, so Main waits for the async work.
    static void Main()
    {
        SendAsync().GetAwaiter().GetResult();
    }

    static async Task SendAsync()
    {
        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://api.example.com/raw"))
        {
            var payload = " foo/bar \n";
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(payload));
            request.Content.Headers.TryAddWithoutValidation("content-type", "application/json");

            using (var response = await client.SendAsync(request))
            {
                Console.WriteLine((int)response.StatusCode);
                Console.WriteLine(await response.Content.ReadAsStringAsync());
                response.EnsureSuccessStatusCode();
            }
        }
    }
}
