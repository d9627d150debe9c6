// `react-dom` for the app's libraries (portals, flushSync), from Preact's compatibility layer.
import compat from 'preact/compat';

export * from 'preact/compat';
export default compat;
