/** The JSON of a valid stored session record (a signed JWT, two hours left). */
export function benchRecord(): Promise<string>
