using (var client = new HttpClient())
using (var request = new HttpRequestMessage(new HttpMethod("DELETE"), "https://api.example.com/items"))
{
    var payload = @"{
      ""ids"": [
        1,
        2,
        3
      ]
    }";
    request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(payload));
    request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

    using (var response = await client.SendAsync(request))
    {
        Console.WriteLine((int)response.StatusCode);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        response.EnsureSuccessStatusCode();
    }
}
