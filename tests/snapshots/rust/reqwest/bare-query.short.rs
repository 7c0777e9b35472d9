let client = Client::new();
let response = client
    .delete("https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose")
    .send()?;

println!("{}", response.status());
println!("{}", response.text()?);
