let client = Client::new();
let response = client
    .get("https://api.example.com/api")
    .header("authorization", "Bearer ACCESS_TOKEN")
    .header("content-type", "application/json")
    .header("content-language", "en")
    .send()?;

println!("{}", response.status());
println!("{}", response.text()?);
