use std::error::Error;

use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn Error>> {
    let client = Client::new();
    let response = client
        .get("https://api.example.com/trace")
        .header("accept", "application/json")
        .header("x-trace", "one")
        .header("X-Trace", "two, three")
        .header("Cookie", "session={sessionId}; theme=dark")
        .send()?;

    println!("{}", response.status());
    println!("{}", response.text()?);
    Ok(())
}
