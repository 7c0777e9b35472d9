let client = Client::new();
let response = client
    .head("https://api.example.com/items/42")
    .send()?;

println!("{}", response.status());
println!("{}", response.text()?);
