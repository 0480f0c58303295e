// Ink 6.8 imports react-devtools-core statically (ink#886); the production CLI never connects to devtools.
export default { connectToDevTools() {}, initialize() {} };
