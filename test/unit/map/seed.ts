export { seedStore as loadSeedData } from '../state/seedStore';
